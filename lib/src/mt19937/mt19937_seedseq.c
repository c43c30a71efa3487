#include "nprand/mt19937.h"
#include "nprand/seedsequence.h"

void npr_mt19937_from_seedseq(npr_mt19937 *mt, const npr_seedsequence *ss) {
  npr_seedsequence_generate_state32(ss, mt->key, NPR_MT19937_N);
  mt->key[0] = 0x80000000u;
  /* NumPy leaves pos at its loop variable's last value, not at N. */
  mt->pos = NPR_MT19937_N - 1;
}
