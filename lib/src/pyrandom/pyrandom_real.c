/* random.Random's real-valued distributions (Lib/random.py 3.11), written
 * expression by expression in random.py's order so every rounding step and
 * every draw matches; math calls go through the pyr_* wrappers so bad
 * arguments fail as Python does rather than yielding NaN. */
#include <math.h>

#include "pyrandom/pyrandom_internal.h"

/* The module constants, as random.py computes them at import. */
#define NV_MAGICCONST 0x1.b72cd3f331398p+0 /* 4 * exp(-0.5) / sqrt(2.0) */
#define LOG4 0x1.62e42fefa39efp+0          /* log(4.0) */
#define SG_MAGICCONST 0x1.40859baee748fp+1 /* 1.0 + log(4.5) */
#define TWOPI 0x1.921fb54442d18p+2         /* math.tau */
#define PY_E 0x1.5bf0a8b145769p+1          /* math.e */
#define PY_PI 0x1.921fb54442d18p+1         /* math.pi */

/* Rejection loops that CPython would run forever on (NaN or infinite
 * shape parameters) give up after this many rounds; no finite argument
 * comes anywhere near it. */
#define MAX_TRIES (1L << 24)

#define TRY(call)                                                                                                      \
  do {                                                                                                                 \
    npr_status try_st_ = (call);                                                                                       \
    if (try_st_ != NPR_OK) {                                                                                           \
      return try_st_;                                                                                                  \
    }                                                                                                                  \
  } while (0)

static npr_status never_returns(const char *method, npr_error *err) {
  return npr_fail(err, NPR_NOT_IMPLEMENTED, "%s() never returns for these arguments in CPython", method);
}

static double rnd(npr_pyrandom *r) { return npr_pyrandom_random(r); }

double npr_pyrandom_uniform(npr_pyrandom *r, double a, double b) { return a + (b - a) * rnd(r); }

npr_status npr_pyrandom_triangular(npr_pyrandom *r, double low, double high, const double *mode, double *out,
                                   npr_error *err) {
  double u = rnd(r), c, s;
  if (mode == NULL) {
    c = 0.5;
  } else if (high - low == 0.0) {
    /* random.py catches the ZeroDivisionError and returns low */
    *out = low;
    return NPR_OK;
  } else {
    c = (*mode - low) / (high - low);
  }
  if (u > c) {
    double t = low;
    u = 1.0 - u;
    c = 1.0 - c;
    low = high;
    high = t;
  }
  TRY(pyr_sqrt(u * c, &s, err));
  *out = low + (high - low) * s;
  return NPR_OK;
}

npr_status npr_pyrandom_normalvariate(npr_pyrandom *r, double mu, double sigma, double *out, npr_error *err) {
  double z;
  for (;;) {
    double u1 = rnd(r), u2 = 1.0 - rnd(r), zz, lg;
    TRY(pyr_div(NV_MAGICCONST * (u1 - 0.5), u2, &z, err));
    zz = z * z / 4.0;
    TRY(pyr_log(u2, &lg, err));
    if (zz <= -lg) {
      break;
    }
  }
  *out = mu + z * sigma;
  return NPR_OK;
}

npr_status npr_pyrandom_gauss(npr_pyrandom *r, double mu, double sigma, double *out, npr_error *err) {
  double z;
  int have = r->has_gauss_next;
  z = r->gauss_next;
  r->has_gauss_next = 0;
  r->gauss_next = 0.0;
  if (!have) {
    double x2pi = rnd(r) * TWOPI, g2rad, lg, c, s;
    TRY(pyr_log(1.0 - rnd(r), &lg, err));
    TRY(pyr_sqrt(-2.0 * lg, &g2rad, err));
    TRY(pyr_cos(x2pi, &c, err));
    z = c * g2rad;
    TRY(pyr_sin(x2pi, &s, err));
    r->gauss_next = s * g2rad;
    r->has_gauss_next = 1;
  }
  *out = mu + z * sigma;
  return NPR_OK;
}

npr_status npr_pyrandom_lognormvariate(npr_pyrandom *r, double mu, double sigma, double *out, npr_error *err) {
  double n;
  TRY(npr_pyrandom_normalvariate(r, mu, sigma, &n, err));
  return pyr_exp(n, out, err);
}

npr_status npr_pyrandom_expovariate(npr_pyrandom *r, double lambd, double *out, npr_error *err) {
  double lg;
  TRY(pyr_log(1.0 - rnd(r), &lg, err));
  return pyr_div(-lg, lambd, out, err);
}

npr_status npr_pyrandom_vonmisesvariate(npr_pyrandom *r, double mu, double kappa, double *out, npr_error *err) {
  double s, rr, sq, z = 0.0, q, f, ac, theta;
  long tries;
  if (kappa <= 1e-6) {
    *out = TWOPI * rnd(r);
    return NPR_OK;
  }
  /* A NaN kappa makes d NaN, so no draw is ever accepted: say so at once
   * instead of spending MAX_TRIES draws finding out. */
  if (isnan(kappa)) return never_returns("vonmisesvariate", err);
  TRY(pyr_div(0.5, kappa, &s, err));
  TRY(pyr_sqrt(1.0 + s * s, &sq, err));
  rr = s + sq;
  for (tries = 0;; tries++) {
    double u1, u2, d, ex;
    if (tries == MAX_TRIES) {
      return never_returns("vonmisesvariate", err);
    }
    u1 = rnd(r);
    TRY(pyr_cos(PY_PI * u1, &z, err));
    TRY(pyr_div(z, rr + z, &d, err));
    u2 = rnd(r);
    if (u2 < 1.0 - d * d) {
      break;
    }
    TRY(pyr_exp(d, &ex, err));
    if (u2 <= (1.0 - d) * ex) {
      break;
    }
  }
  TRY(pyr_div(1.0, rr, &q, err));
  TRY(pyr_div(q + z, 1.0 + q * z, &f, err));
  TRY(pyr_acos(f, &ac, err));
  if (rnd(r) > 0.5) {
    TRY(pyr_mod(mu + ac, TWOPI, &theta, err));
  } else {
    TRY(pyr_mod(mu - ac, TWOPI, &theta, err));
  }
  *out = theta;
  return NPR_OK;
}

npr_status npr_pyrandom_gammavariate(npr_pyrandom *r, double alpha, double beta, double *out, npr_error *err) {
  long tries;
  if (alpha <= 0.0 || beta <= 0.0) {
    return npr_fail(err, NPR_VALUE_ERROR, "gammavariate: alpha and beta must be > 0.0");
  }
  /* Where CPython provably loops forever, answer at once (MAX_TRIES is the
   * backstop, seconds of draws): a NaN alpha makes every GS test NaN, and
   * from 2**1023 on 2*alpha - 1 overflows, ainv is inf, ccc * v is inf * 0
   * and rr is NaN in every Cheng round. */
  if (isnan(alpha) || isinf(2.0 * alpha - 1.0)) return never_returns("gammavariate", err);
  if (alpha > 1.0) {
    /* Cheng (1977) */
    double ainv, bbb = alpha - LOG4, ccc;
    TRY(pyr_sqrt(2.0 * alpha - 1.0, &ainv, err));
    ccc = alpha + ainv;
    for (tries = 0;; tries++) {
      double u1, u2, v, x, z, rr, lg, ex;
      if (tries == MAX_TRIES) {
        return never_returns("gammavariate", err);
      }
      u1 = rnd(r);
      if (!(1e-7 < u1 && u1 < 0.9999999)) {
        continue;
      }
      u2 = 1.0 - rnd(r);
      TRY(pyr_div(u1, 1.0 - u1, &v, err));
      TRY(pyr_log(v, &lg, err));
      TRY(pyr_div(lg, ainv, &v, err));
      TRY(pyr_exp(v, &ex, err));
      x = alpha * ex;
      z = u1 * u1 * u2;
      rr = bbb + ccc * v - x;
      if (rr + SG_MAGICCONST - 4.5 * z >= 0.0) {
        *out = x * beta;
        return NPR_OK;
      }
      TRY(pyr_log(z, &lg, err));
      if (rr >= lg) {
        *out = x * beta;
        return NPR_OK;
      }
    }
  } else if (alpha == 1.0) {
    double lg;
    TRY(pyr_log(1.0 - rnd(r), &lg, err));
    *out = -lg * beta;
    return NPR_OK;
  } else {
    /* Algorithm GS (Kennedy & Gentle); NaN alpha also lands here */
    double x;
    for (tries = 0;; tries++) {
      double u, b, p, u1, t;
      if (tries == MAX_TRIES) {
        return never_returns("gammavariate", err);
      }
      u = rnd(r);
      TRY(pyr_div(PY_E + alpha, PY_E, &b, err));
      p = b * u;
      if (p <= 1.0) {
        TRY(pyr_div(1.0, alpha, &t, err));
        TRY(pyr_pow(p, t, &x, err));
      } else {
        TRY(pyr_div(b - p, alpha, &t, err));
        TRY(pyr_log(t, &x, err));
        x = -x;
      }
      u1 = rnd(r);
      if (p > 1.0) {
        TRY(pyr_pow(x, alpha - 1.0, &t, err));
        if (u1 <= t) {
          break;
        }
      } else {
        TRY(pyr_exp(-x, &t, err));
        if (u1 <= t) {
          break;
        }
      }
    }
    *out = x * beta;
    return NPR_OK;
  }
}

npr_status npr_pyrandom_betavariate(npr_pyrandom *r, double alpha, double beta, double *out, npr_error *err) {
  double y, g;
  TRY(npr_pyrandom_gammavariate(r, alpha, 1.0, &y, err));
  /* `if y:` -- NaN is truthy, only zero skips the second draw */
  if (y != 0.0) {
    TRY(npr_pyrandom_gammavariate(r, beta, 1.0, &g, err));
    return pyr_div(y, y + g, out, err);
  }
  *out = 0.0;
  return NPR_OK;
}

npr_status npr_pyrandom_paretovariate(npr_pyrandom *r, double alpha, double *out, npr_error *err) {
  double u = 1.0 - rnd(r), e;
  TRY(pyr_div(-1.0, alpha, &e, err));
  return pyr_pow(u, e, out, err);
}

npr_status npr_pyrandom_weibullvariate(npr_pyrandom *r, double alpha, double beta, double *out, npr_error *err) {
  double u = 1.0 - rnd(r), lg, e, p;
  TRY(pyr_log(u, &lg, err));
  TRY(pyr_div(1.0, beta, &e, err));
  TRY(pyr_pow(-lg, e, &p, err));
  *out = alpha * p;
  return NPR_OK;
}
