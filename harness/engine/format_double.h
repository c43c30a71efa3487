/* Doubles as text: the shortest %.Ne digits that read back exactly, laid out
 * in Python's repr style (json.h's npr_format_double). */
#ifndef NPRAND_ENGINE_FORMAT_DOUBLE_H
#define NPRAND_ENGINE_FORMAT_DOUBLE_H

/* Exact integer arithmetic for doubles in [1e-14, 1e17), the range random
 * values live in; the reference below for every other value. Byte for byte
 * the reference's text for every double. */
void npr_format_double(double v, char out[40]);

/* The first formatter, kept as the specification and the fallback: the
 * smallest precision whose "%.*e" text strtod reads back as v (up to 17
 * snprintf + strtod rounds). */
void npr_format_double_reference(double v, char out[40]);

#endif
