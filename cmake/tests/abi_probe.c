/* Linked into libnprand_abi_probe beside the library's objects, to prove the
 * symbol-list test: a helper that is not in a public header stays hidden, and
 * a symbol exported by mistake fails the check. */
int npr_probe_internal(void);

int npr_probe_internal(void) { return 1; }

__attribute__((visibility("default"))) int npr_probe_leak(void) { return npr_probe_internal(); }
