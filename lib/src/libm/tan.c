/* tan(x): glibc 2.36's IBM-derived tan in its FMA build. Small x: an odd
 * polynomial; |x| <= 0.787: tan(xi + z) from tan(xi) = Fi, cot(xi) = Gi in
 * a table and a polynomial in z; beyond: reduction modulo pi/2 (Cody-Waite
 * up to 1e8, npr_libm_reduce_pio2 beyond), then tan or -cot of the rest. */
#include <math.h>

#include "libm/libm_internal.h"
#include "libm/npr_libm.h"
#include "libm/reduce_pio2.h"

static const double tan_d3 = 0x1.5555555555555p-2;
static const double tan_d5 = 0x1.11111111107c6p-3;
static const double tan_d7 = 0x1.ba1ba1cdb8745p-5;
static const double tan_d9 = 0x1.664ed49cfc666p-6;
static const double tan_d11 = 0x1.2385a3cf2e4eap-7;
static const double tan_e0 = 0x1.5555555554dbdp-2;
static const double tan_e1 = 0x1.11112e0a6b45fp-3;
static const double tan_mfftnhf = -0x1.fp+3; /* -15.5 */
static const double tan_g1 = 0x1.b096cp-27;
static const double tan_g2 = 0x1.f212dp-5;
static const double tan_g3 = 0x1.92f1ap-1;
static const double tan_g4 = 0x1.9p+4;
static const double tan_g5 = 0x1.7d784p+26;
static const double tan_gy2 = 0x1.f212dp-5;
/* pi/2 in parts for the Cody-Waite reductions. */
static const double tan_mp1 = 0x1.921fb58p+0;
static const double tan_mp2 = -0x1.dde973cp-27;
static const double tan_mp3 = -0x1.cb3b399d747f2p-55;
static const double tan_pp3 = -0x1.cb3b398p-55;
static const double tan_pp4 = -0x1.d747f23e32ed7p-83;
static const double tan_hpinv = 0x1.45f306dc9c883p-1;
static const double tan_toint = 0x1.8p+52;

/* xi, tan(xi), cot(xi) for xi near (i + 15.5)/256, i = 0..185. */
static const double tan_table[186][3] = {
    {0x1.000001e519d6p-4, 0x1.0055796c4e24p-4, 0x1.ff554628127b7p+3},
    {0x1.100001b1a701p-4, 0x1.10668aab892b7p-4, 0x1.e12c7be3fdf74p+3},
    {0x1.200002505e35p-4, 0x1.2079bff547824p-4, 0x1.c65c5de853633p+3},
    {0x1.2fffffcdc4252p-4, 0x1.308f35eb16c68p-4, 0x1.ae5dae56be74fp+3},
    {0x1.3ffffe3ff849fp-4, 0x1.40a71154999ccp-4, 0x1.98c43046b7352p+3},
    {0x1.4ffffedc9590fp-4, 0x1.50c17429bdd8p-4, 0x1.8538491b5d674p+3},
    {0x1.6000000ee83f7p-4, 0x1.60de7da80cc21p-4, 0x1.73724ef21a2a7p+3},
    {0x1.6ffffeb05ea41p-4, 0x1.70fe4b8c51beap-4, 0x1.63370fae562ffp+3},
    {0x1.7ffffdc0515f7p-4, 0x1.812101db54498p-4, 0x1.545530e7eab5cp+3},
    {0x1.8ffffe384d7abp-4, 0x1.9146c2a8d3727p-4, 0x1.46a33fd57f3fdp+3},
    {0x1.9ffffe4832347p-4, 0x1.a16fad50e105p-4, 0x1.39fe2c5537a96p+3},
    {0x1.b0000274540e3p-4, 0x1.b19be7ae68517p-4, 0x1.2e4813637e946p+3},
    {0x1.bfffffebf2e9bp-4, 0x1.c1cb88369cd19p-4, 0x1.2367617aef223p+3},
    {0x1.d000023529045p-4, 0x1.d1febc11d7ef7p-4, 0x1.1945fb8e43d4ep+3},
    {0x1.dffffd872a829p-4, 0x1.e23598ee4d6b7p-4, 0x1.0fd0c76195d5fp+3},
    {0x1.effffff323b84p-4, 0x1.f2704ec9073e5p-4, 0x1.06f713020200fp+3},
    {0x1.000000ce79195p-3, 0x1.01577bc30cc61p-3, 0x1.fd549d6564a88p+2},
    {0x1.07fffee40e918p-3, 0x1.0978d8279ac01p-3, 0x1.edbb59294bc03p+2},
    {0x1.100000cc091fdp-3, 0x1.119c544dfb2f7p-3, 0x1.df0bb067d8e18p+2},
    {0x1.180000d9936a1p-3, 0x1.19c1fb9085a4bp-3, 0x1.d131a71ce3629p+2},
    {0x1.1ffffed5f3188p-3, 0x1.21e9dee74bf2dp-3, 0x1.c41b6ff0cd655p+2},
    {0x1.2800005f06a51p-3, 0x1.2a141550b313fp-3, 0x1.b7b921702e6d2p+2},
    {0x1.2fffffe3d339ep-3, 0x1.3240aa75f76dfp-3, 0x1.abfc8fcb6409dp+2},
    {0x1.37fffed888d6fp-3, 0x1.3a6fb13cc5db7p-3, 0x1.a0d8f8ed5320dp+2},
    {0x1.4000002ca050dp-3, 0x1.42a13e25776bbp-3, 0x1.9642dfa84c2bcp+2},
    {0x1.47ffff2531f5cp-3, 0x1.4ad55deb73404p-3, 0x1.8c2fef86e9035p+2},
    {0x1.5000013774992p-3, 0x1.530c27d0ee307p-3, 0x1.8296c370caf35p+2},
    {0x1.57fffedddcb2dp-3, 0x1.5b45a5db4347dp-3, 0x1.796ee52190c0ep+2},
    {0x1.5fffff41949ap-3, 0x1.6381f13bf986ap-3, 0x1.70b092d2255fdp+2},
    {0x1.67ffff834d3a1p-3, 0x1.6bc118ec85952p-3, 0x1.6854c62cf2268p+2},
    {0x1.6fffffd9106eap-3, 0x1.74032f298f6f7p-3, 0x1.605511f4f84a9p+2},
    {0x1.780000f649a4fp-3, 0x1.7c4846ca53abcp-3, 0x1.58ab94809d175p+2},
    {0x1.7ffffef06bbd8p-3, 0x1.84906df7d76adp-3, 0x1.5152edd2b30a6p+2},
    {0x1.88000021c6334p-3, 0x1.8cdbbd965f986p-3, 0x1.4a46251b74296p+2},
    {0x1.8fffff38d0756p-3, 0x1.952a428e173c7p-3, 0x1.4380b17b59ebdp+2},
    {0x1.98000104efca1p-3, 0x1.9d7c14644d23cp-3, 0x1.3cfe5cb1eabd5p+2},
    {0x1.a000009417b3p-3, 0x1.a5d14096d76aap-3, 0x1.36bb4b3723dbp+2},
    {0x1.a7fffeb1c23ecp-3, 0x1.ae29dab60288dp-3, 0x1.30b3e783071d7p+2},
    {0x1.afffffb171c13p-3, 0x1.b685fa221a96bp-3, 0x1.2ae4dd8c0747dp+2},
    {0x1.b80000aba44bep-3, 0x1.bee5aecdf241fp-3, 0x1.254b1c6fad63bp+2},
    {0x1.c0000113d2a3ep-3, 0x1.c7490b3e92543p-3, 0x1.1fe3c9a62c035p+2},
    {0x1.c7ffff49e00cep-3, 0x1.cfb020f59eabp-3, 0x1.1aac3e956a631p+2},
    {0x1.d000005f611abp-3, 0x1.d81b089e6844ep-3, 0x1.15a1ff391268dp+2},
    {0x1.d800014764cebp-3, 0x1.e089d27debf0dp-3, 0x1.10c2bfbc8474p+2},
    {0x1.e000014bcea76p-3, 0x1.e8fc916dbc82p-3, 0x1.0c0c5a00ca48ep+2},
    {0x1.e7ffffd7995bdp-3, 0x1.f173588b50424p-3, 0x1.077ccbe02169ap+2},
    {0x1.f00000cc35436p-3, 0x1.f9ee3fd21a40bp-3, 0x1.031231ee7ffe8p+2},
    {0x1.f800001d1da33p-3, 0x1.0136ab7dbe15cp-2, 0x1.fd95977d559e5p+1},
    {0x1.00000060c13b2p-2, 0x1.05785aaad4f18p-2, 0x1.f549e2675d182p+1},
    {0x1.0400003885492p-2, 0x1.09bc3660542d7p-2, 0x1.ed3e2df3f5fecp+1},
    {0x1.08000052f5a13p-2, 0x1.0e0249a195045p-2, 0x1.e56f8fa68f2c8p+1},
    {0x1.0c00002ba1af5p-2, 0x1.124a9e2e7f24bp-2, 0x1.dddb4bffe633fp+1},
    {0x1.0fffff76642c1p-2, 0x1.16953e162ffe6p-2, 0x1.d67ed0311d5d5p+1},
    {0x1.14000033602fp-2, 0x1.1ae235f49508ep-2, 0x1.cf57ab8708266p+1},
    {0x1.17ffffefd1a13p-2, 0x1.1f318db2a9ba1p-2, 0x1.c86398d11009ep+1},
    {0x1.1bffff718365dp-2, 0x1.238350c41e3acp-2, 0x1.c1a06e02be47cp+1},
    {0x1.1ffffff001ep-2, 0x1.27d78b2f6395ep-2, 0x1.bb0c1f2fe9a85p+1},
    {0x1.23ffffe425a6ap-2, 0x1.2c2e4618faabep-2, 0x1.b4a4c190b18dfp+1},
    {0x1.28000059ec1dbp-2, 0x1.30878d8583884p-2, 0x1.ae6880cd82bc2p+1},
    {0x1.2c000000dd081p-2, 0x1.34e36affdb6d8p-2, 0x1.a855a5270fc15p+1},
    {0x1.2fffffc1dcd2bp-2, 0x1.3941ea95875bcp-2, 0x1.a26a8aa9502b6p+1},
    {0x1.33ffff6c0d4ap-2, 0x1.3da31739845f5p-2, 0x1.9ca5a4d2573ap+1},
    {0x1.3800006b16793p-2, 0x1.4206fdbc088fp-2, 0x1.970579344e33ap+1},
    {0x1.3c00007358fa3p-2, 0x1.466da6f23311dp-2, 0x1.9188a5aa612eap+1},
    {0x1.3fffffc3b18cfp-2, 0x1.4ad71e9282e6bp-2, 0x1.8c2dd641e643dp+1},
    {0x1.44000000dd2a8p-2, 0x1.4f4371fa3f2d1p-2, 0x1.86f3c6072f821p+1},
    {0x1.47ffffbb43713p-2, 0x1.53b2ab3ac333cp-2, 0x1.81d943da56692p+1},
    {0x1.4bffffb113bf4p-2, 0x1.5824d6e8ed9c2p-2, 0x1.7cdd2a8add00fp+1},
    {0x1.4fffff7f087c9p-2, 0x1.5c9a007446496p-2, 0x1.77fe6444588ebp+1},
    {0x1.54000088b3814p-2, 0x1.61123564125f9p-2, 0x1.733be6281a765p+1},
    {0x1.57ffff7d55966p-2, 0x1.658d7e194a5d5p-2, 0x1.6e94b73b47d1fp+1},
    {0x1.5c00008bf249p-2, 0x1.6a0beb775b28dp-2, 0x1.6a07e15b6ec28p+1},
    {0x1.6000009fa853fp-2, 0x1.6e8d865a66cfdp-2, 0x1.659481c701269p+1},
    {0x1.6400007595fcap-2, 0x1.73125c0556a7cp-2, 0x1.6139bbaae9d02p+1},
    {0x1.68000031687dap-2, 0x1.779a792e2cfdp-2, 0x1.5cf6bcae0882bp+1},
    {0x1.6bffff5c8cfe2p-2, 0x1.7c25e9fb452edp-2, 0x1.58cabc561f1cdp+1},
    {0x1.6fffff81df231p-2, 0x1.80b4bcfb4dab5p-2, 0x1.54b4f8d3ca5d3p+1},
    {0x1.73ffffa71385ep-2, 0x1.8546fe007a9b6p-2, 0x1.50b4bb3b22176p+1},
    {0x1.78000024a9c2bp-2, 0x1.89dcba7fcf5cfp-2, 0x1.4cc953159cbe1p+1},
    {0x1.7c00002eb62b8p-2, 0x1.8e75fec0ba5cfp-2, 0x1.48f218731eeeap+1},
    {0x1.80000054a52d1p-2, 0x1.9312d8bb822e9p-2, 0x1.452e69170a729p+1},
    {0x1.83ffff93a00a3p-2, 0x1.97b354bb9ad2ap-2, 0x1.417daae924e7fp+1},
    {0x1.87ffffbdc91c1p-2, 0x1.9c5782771b601p-2, 0x1.3ddf478855799p+1},
    {0x1.8bffff6d215e6p-2, 0x1.a0ff6e0ea4a0bp-2, 0x1.3a52b189a0989p+1},
    {0x1.9000002f734efp-2, 0x1.a5ab2736bf579p-2, 0x1.36d75e9244ca6p+1},
    {0x1.9400004eef8b4p-2, 0x1.aa5ab9fb6e3dp-2, 0x1.336ccc9089cb7p+1},
    {0x1.98000041ec76ap-2, 0x1.af0e35176c7e4p-2, 0x1.30127cb0b9506p+1},
    {0x1.9c00008044e47p-2, 0x1.b3c5a77071224p-2, 0x1.2cc7f50d75ec7p+1},
    {0x1.a000001f8235bp-2, 0x1.b8811e725782ep-2, 0x1.298cc18fbfb37p+1},
    {0x1.a3ffffb8c6f08p-2, 0x1.bd40a97b086f3p-2, 0x1.26607154de04bp+1},
    {0x1.a7ffffb3d63e1p-2, 0x1.c20457d9a3b8ap-2, 0x1.234297e60bfbbp+1},
    {0x1.abffff5f45c48p-2, 0x1.c6cc37b8d45e6p-2, 0x1.2032cdb1ace69p+1},
    {0x1.b00000508b34cp-2, 0x1.cb985a27e8d37p-2, 0x1.1d30ad4459a2bp+1},
    {0x1.b40000a84710cp-2, 0x1.d068cc3e50155p-2, 0x1.1a3bd775034ddp+1},
    {0x1.b7ffff692e9d8p-2, 0x1.d53d9c49d6627p-2, 0x1.1753efe18066ap+1},
    {0x1.bc0000280f14dp-2, 0x1.da16de4e81013p-2, 0x1.14789a38ea052p+1},
    {0x1.c0000001121d1p-2, 0x1.def49eac018fp-2, 0x1.11a9820b8be0cp+1},
    {0x1.c3ffffef662aap-2, 0x1.e3d6eea0c707p-2, 0x1.0ee6532f46ccdp+1},
    {0x1.c800009845818p-2, 0x1.e8bddf36a8b1bp-2, 0x1.0c2ebcac73476p+1},
    {0x1.cbffffb0493bfp-2, 0x1.eda97e0c60d1p-2, 0x1.09827251c7836p+1},
    {0x1.cfffffd52961fp-2, 0x1.f299defb3e44bp-2, 0x1.06e1274e459f5p+1},
    {0x1.d3ffffe2319a4p-2, 0x1.f78f11713949p-2, 0x1.044a93e737e94p+1},
    {0x1.d7ffffa4de596p-2, 0x1.fc892638f49e8p-2, 0x1.01be7231057a5p+1},
    {0x1.dbffffe729a69p-2, 0x1.00c417c6ab019p-1, 0x1.fe78fbf61266p+0},
    {0x1.e000009d66802p-2, 0x1.03461f6b883cfp-1, 0x1.f988ebc05a87cp+0},
    {0x1.e3ffffb211657p-2, 0x1.05cab191db8e8p-1, 0x1.f4ac37bcfe6bep+0},
    {0x1.e80000a3f068ap-2, 0x1.0851d95fb54fp-1, 0x1.efe26144ca408p+0},
    {0x1.ec00001adb06p-2, 0x1.0adb9dc7b54f9p-1, 0x1.eb2af5ebe52a7p+0},
    {0x1.effffff5c0d01p-2, 0x1.0d68092550a8dp-1, 0x1.e68580d71fdfp+0},
    {0x1.f3ffff93d5fccp-2, 0x1.0ff7245cb4374p-1, 0x1.e1f193cce504p+0},
    {0x1.f7ffffa0dd18fp-2, 0x1.1288f944dd508p-1, 0x1.dd6ec298b874dp+0},
    {0x1.fbffffd3a9f1ap-2, 0x1.151d913750f3ep-1, 0x1.d8fca5806a27ep+0},
    {0x1.ffffffc4814p-2, 0x1.17b4f598944cap-1, 0x1.d49ad8253217p+0},
    {0x1.01fffff53786cp-1, 0x1.1a4f307d83d47p-1, 0x1.d048f851bffebp+0},
    {0x1.03ffffee301b7p-1, 0x1.1cec4b8a6a382p-1, 0x1.cc06a7c519db6p+0},
    {0x1.06000006e36bfp-1, 0x1.1f8c5114eb8bep-1, 0x1.c7d38a34d6786p+0},
    {0x1.07ffffd60aa43p-1, 0x1.222f4abeccecbp-1, 0x1.c3af477342ac4p+0},
    {0x1.0a000037762e8p-1, 0x1.24d543f99efe8p-1, 0x1.bf99875f54fabp+0},
    {0x1.0bfffff1c6921p-1, 0x1.277e4598e35dp-1, 0x1.bb91f8addd186p+0},
    {0x1.0dfffff07154bp-1, 0x1.2a2a5b6bc3986p-1, 0x1.b79848301646dp+0},
    {0x1.1000002fcdda4p-1, 0x1.2cd9902a59f1ep-1, 0x1.b3ac2705219bfp+0},
    {0x1.1200001ce114p-1, 0x1.2f8bedf0a67c2p-1, 0x1.afcd49ab8ae2ap+0},
    {0x1.1400004d0f355p-1, 0x1.3241808fcc7bfp-1, 0x1.abfb6497b9a36p+0},
    {0x1.1600000fb0c8ap-1, 0x1.34fa52471618bp-1, 0x1.a83630d26d117p+0},
    {0x1.18000026f10b3p-1, 0x1.37b66f7579056p-1, 0x1.a47d66b4cf4b1p+0},
    {0x1.19ffffd0978f8p-1, 0x1.3a75e290cc78cp-1, 0x1.a0d0c36c21315p+0},
    {0x1.1bffffd94840bp-1, 0x1.3d38b85b4e4a4p-1, 0x1.9d30032f2ecefp+0},
    {0x1.1dffffbda1ea1p-1, 0x1.3ffefbf3cee2fp-1, 0x1.999ae6770fed8p+0},
    {0x1.1fffffc989533p-1, 0x1.42c8b9c27900cp-1, 0x1.96112e0d9f1acp+0},
    {0x1.22000012b8d26p-1, 0x1.4595fe11975cap-1, 0x1.92929cdaa4e8p+0},
    {0x1.2400004f4d6afp-1, 0x1.4866d4d224131p-1, 0x1.8f1ef815c34e8p+0},
    {0x1.25ffffcc07bdap-1, 0x1.4b3b498b7d01p-1, 0x1.8bb6073e7ffa1p+0},
    {0x1.28000042d9639p-1, 0x1.4e136b64540d1p-1, 0x1.88578f4374938p+0},
    {0x1.2a00003be29ap-1, 0x1.50ef452bffd96p-1, 0x1.85035c0042c06p+0},
    {0x1.2bffffaa91f12p-1, 0x1.53cee3e2f4e0dp-1, 0x1.81b938542df07p+0},
    {0x1.2dffffe884891p-1, 0x1.56b256c1a247p-1, 0x1.7e78ee422ea7p+0},
    {0x1.2fffffe87152bp-1, 0x1.5999a9beaaaa1p-1, 0x1.7b424d18fe9b3p+0},
    {0x1.31fffffc1a721p-1, 0x1.5c84eafe0e564p-1, 0x1.78152338db8d4p+0},
    {0x1.33fffff70a372p-1, 0x1.5f74282191d64p-1, 0x1.74f141122bcaep+0},
    {0x1.360000436e836p-1, 0x1.62676fde6ccffp-1, 0x1.71d677644252cp+0},
    {0x1.37ffffcbe9641p-1, 0x1.655ecee9ffdafp-1, 0x1.6ec49a6fc0515p+0},
    {0x1.39fffffb6d6cap-1, 0x1.685a55e67a1e1p-1, 0x1.6bbb7bc2ae969p+0},
    {0x1.3c00004934fecp-1, 0x1.6b5a12cc07d75p-1, 0x1.68baf10b02ef8p+0},
    {0x1.3e00003f5cf7fp-1, 0x1.6e5e13e59def6p-1, 0x1.65c2d0e61500fp+0},
    {0x1.4000005280ad9p-1, 0x1.7166691ab4c3ep-1, 0x1.62d2f19f01c9p+0},
    {0x1.42000049efb65p-1, 0x1.7473218af3b9dp-1, 0x1.5feb2b86465e4p+0},
    {0x1.440000035ccb6p-1, 0x1.77844cb4ff1e5p-1, 0x1.5d0b57c455428p+0},
    {0x1.4600003346717p-1, 0x1.7a99fba258778p-1, 0x1.5a334f4392254p+0},
    {0x1.4800003002575p-1, 0x1.7db43d836768fp-1, 0x1.5762edcf97e0cp+0},
    {0x1.4a000055bf381p-1, 0x1.80d3235edeefap-1, 0x1.549a0ea46e31fp+0},
    {0x1.4c00004ce10e3p-1, 0x1.83f6bd67dc1a8p-1, 0x1.51d88ed82bcc4p+0},
    {0x1.4e000016c60e1p-1, 0x1.871f1ca0aaf31p-1, 0x1.4f1e4bdacbf16p+0},
    {0x1.4ffffff966f0ap-1, 0x1.8a4c52bff2daep-1, 0x1.4c6b23917657ep+0},
    {0x1.520000076e6ebp-1, 0x1.8d7e7175651e8p-1, 0x1.49bef4f459b05p+0},
    {0x1.5400003d12d3bp-1, 0x1.90b58a976ed56p-1, 0x1.47199fdf24af4p+0},
    {0x1.55ffffce7fa8dp-1, 0x1.93f1af03a3a09p-1, 0x1.447b05f13234bp+0},
    {0x1.580000331b46ap-1, 0x1.9732f38e83134p-1, 0x1.41e3068d8b41bp+0},
    {0x1.59ffffc14848ep-1, 0x1.9a7968471b489p-1, 0x1.3f5185de3aa73p+0},
    {0x1.5bffffb7cd395p-1, 0x1.9dc5224a8b955p-1, 0x1.3cc664f8fff15p+0},
    {0x1.5e000000dcc4p-1, 0x1.a11634df5b93ep-1, 0x1.3a41875853228p+0},
    {0x1.6000002efd2fcp-1, 0x1.a46cb30d16323p-1, 0x1.37c2d187962aep+0},
    {0x1.61ffffeb8088ap-1, 0x1.a7c8b053920cp-1, 0x1.354a2891769a9p+0},
    {0x1.6400000f3ca06p-1, 0x1.ab2a428a1911ap-1, 0x1.32d770a6f0a4ap+0},
    {0x1.65ffffe9ec2f4p-1, 0x1.ae917d4ce7239p-1, 0x1.306a90751a948p+0},
    {0x1.6800003d43966p-1, 0x1.b1fe7708b998ap-1, 0x1.2e036d7a153c7p+0},
    {0x1.69ffffab67783p-1, 0x1.b57142e575464p-1, 0x1.2ba1f05006cb6p+0},
    {0x1.6bffffcb65f89p-1, 0x1.b8e9f981efd2fp-1, 0x1.2945fe948d9f7p+0},
    {0x1.6dffffc5609a9p-1, 0x1.bc68afaed6ff1p-1, 0x1.26ef81533411ep+0},
    {0x1.6fffffc4eef86p-1, 0x1.bfed7c62205fep-1, 0x1.249e60e70978cp+0},
    {0x1.72000004d98b3p-1, 0x1.c3787716968adp-1, 0x1.2252861be7751p+0},
    {0x1.73ffffc155075p-1, 0x1.c709b5ec6fd4ep-1, 0x1.200bdb5d53311p+0},
    {0x1.760000498c203p-1, 0x1.caa15323d08c1p-1, 0x1.1dca493433f65p+0},
    {0x1.77fffff1e5636p-1, 0x1.ce3f64147c12cp-1, 0x1.1b8dbbfe294a8p+0},
    {0x1.7a0000226d45ap-1, 0x1.d1e404120eb7fp-1, 0x1.19561d15f8278p+0},
    {0x1.7c0000250a5aap-1, 0x1.d58f4b112a1e1p-1, 0x1.172358a59d565p+0},
    {0x1.7e0000482f82ep-1, 0x1.d94153576bdfp-1, 0x1.14f55a22a1c5bp+0},
    {0x1.800000205003ep-1, 0x1.dcfa364d69ff7p-1, 0x1.12cc0e37eb26fp+0},
    {0x1.81ffffbf99411p-1, 0x1.e0ba0ebf98f51p-1, 0x1.10a7616ddd5d6p+0},
    {0x1.840000248e3a3p-1, 0x1.e480f9bb7f565p-1, 0x1.0e873fb84e05cp+0},
    {0x1.860000145c157p-1, 0x1.e84f10a10b3abp-1, 0x1.0c6b97cbd7b1ep+0},
    {0x1.88000022631b9p-1, 0x1.ec2470be1f047p-1, 0x1.0a5456d0b3ee6p+0},
    {0x1.8a000045f7828p-1, 0x1.f00136c45ba1cp-1, 0x1.08416af2a0f09p+0},
    {0x1.8bfffffc686cfp-1, 0x1.f3e57f03c824bp-1, 0x1.0632c3350222p+0},
    {0x1.8dffffd8644c6p-1, 0x1.f7d168774261dp-1, 0x1.04284dd5b3019p+0},
    {0x1.8fffffe4e7937p-1, 0x1.fbc511a99a641p-1, 0x1.0221f9f69840bp+0},
    {0x1.920000435251fp-1, 0x1.ffc099eb2239p-1, 0x1.001fb6f7c51e8p+0},
};

/* -1/(b + db) as glibc's DIV2(1, 0, b, db) followed by c + dc. */
static double minus_cot_small(double a, double t2) {
  double b, db, c, cc, u, uu;
  b = a + t2;
  db = (fabs(a) > fabs(t2)) ? ((a - b) + t2) : ((t2 - b) + a);
  c = 1.0 / b;
  u = c * b;
  uu = fma(c, b, -u);
  cc = fma(-c, db, ((1.0 - u) - uu) + 0.0) / b;
  return -(c + cc);
}

/* tan(x) from its reduction x = n*pi/2 + (a + da). */
static double tan_reduced(double a, double da, int n) {
  double ya, yya, sy, a2, t2, z, z2, pz, fi, gi, y;
  int i;
  if (a < 0.0) {
    ya = -a;
    yya = -da;
    sy = -1;
  } else {
    ya = a;
    yya = da;
    sy = 1;
  }
  if (ya <= tan_gy2) {
    a2 = a * a;
    t2 = fma(a2, tan_d11, tan_d9);
    t2 = fma(a2, t2, tan_d7);
    t2 = fma(a2, t2, tan_d5);
    t2 = fma(a2, t2, tan_d3);
    t2 = fma(a * a2, t2, da);
    if (n) {
      return minus_cot_small(a, t2);
    }
    return a + t2;
  }
  i = (int)(tan_mfftnhf + 256 * ya);
  z = (ya - tan_table[i][0]) + yya;
  z2 = z * z;
  pz = fma(z * z2, fma(z2, tan_e1, tan_e0), z);
  fi = tan_table[i][1];
  gi = tan_table[i][2];
  if (n) {
    t2 = pz * (fi + gi) / (fi + pz);
    y = gi - t2;
    return -sy * y;
  }
  t2 = pz * (gi + fi) / (gi - pz);
  y = fi + t2;
  return sy * y;
}

double npr_libm_tan(double x) {
  const int32_t ux = npr_libm_high_word(x);
  double w, x2, t2, z, z2, s, pz, fi, gi, y, t, xn, t1, da, a, ta;
  int i, n;

  if ((ux & 0x7ff00000) == 0x7ff00000) {
    if ((ux & 0x7fffffff) == 0x7ff00000) {
      errno = EDOM;
    }
    return x - x;
  }
  w = (x < 0.0) ? -x : x;
  if (w <= tan_g1) {
    return x;
  }
  if (w <= tan_g2) {
    x2 = x * x;
    t2 = fma(x2, tan_d11, tan_d9);
    t2 = fma(x2, t2, tan_d7);
    t2 = fma(x2, t2, tan_d5);
    t2 = fma(x2, t2, tan_d3);
    return fma(x * x2, t2, x);
  }
  if (w <= tan_g3) {
    i = (int)(tan_mfftnhf + 256 * w);
    z = w - tan_table[i][0];
    z2 = z * z;
    s = (x < 0.0) ? -1 : 1;
    pz = fma(z * z2, fma(z2, tan_e1, tan_e0), z);
    fi = tan_table[i][1];
    gi = tan_table[i][2];
    t2 = pz * (gi + fi) / (gi - pz);
    y = fi + t2;
    return s * y;
  }
  if (w <= tan_g4) {
    /* Each xn * constant is fused into the subtraction it feeds. */
    t = fma(x, tan_hpinv, tan_toint);
    xn = t - tan_toint;
    t1 = fma(-xn, tan_mp2, fma(-xn, tan_mp1, x));
    n = (int)(npr_libm_low_word(t) & 1);
    a = fma(-xn, tan_mp3, t1);
    da = fma(-xn, tan_mp3, t1 - a);
    return tan_reduced(a, da, n);
  }
  if (w <= tan_g5) {
    t = fma(x, tan_hpinv, tan_toint);
    xn = t - tan_toint;
    t1 = fma(-xn, tan_mp2, fma(-xn, tan_mp1, x));
    n = (int)(npr_libm_low_word(t) & 1);
    ta = fma(-xn, tan_pp3, t1);
    da = fma(-xn, tan_pp3, t1 - ta);
    a = fma(-xn, tan_pp4, ta);
    da = fma(-xn, tan_pp4, ta - a) + da;
  } else {
    n = npr_libm_reduce_pio2(x, &a, &da) & 1;
  }
  t1 = a + da;
  t2 = (fabs(a) > fabs(da)) ? ((a - t1) + da) : ((da - t1) + a);
  return tan_reduced(t1, t2, n);
}
