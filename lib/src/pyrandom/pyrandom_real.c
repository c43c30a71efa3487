/* random.Random's real-valued distributions (Lib/random.py 3.11-3.14), written
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
  TRY(pyr_sqrt(r->python, u * c, &s, err));
  *out = low + (high - low) * s;
  return NPR_OK;
}

npr_status npr_pyrandom_normalvariate(npr_pyrandom *r, double mu, double sigma, double *out, npr_error *err) {
  double z;
  for (;;) {
    double u1 = rnd(r), u2 = 1.0 - rnd(r), zz, lg;
    TRY(pyr_div(r->python, NV_MAGICCONST * (u1 - 0.5), u2, &z, err));
    zz = z * z / 4.0;
    TRY(pyr_log(r->python, u2, &lg, err));
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
    TRY(pyr_log(r->python, 1.0 - rnd(r), &lg, err));
    TRY(pyr_sqrt(r->python, -2.0 * lg, &g2rad, err));
    TRY(pyr_cos(r->python, x2pi, &c, err));
    z = c * g2rad;
    TRY(pyr_sin(r->python, x2pi, &s, err));
    r->gauss_next = s * g2rad;
    r->has_gauss_next = 1;
  }
  *out = mu + z * sigma;
  return NPR_OK;
}

npr_status npr_pyrandom_lognormvariate(npr_pyrandom *r, double mu, double sigma, double *out, npr_error *err) {
  double n;
  TRY(npr_pyrandom_normalvariate(r, mu, sigma, &n, err));
  return pyr_exp(r->python, n, out, err);
}

npr_status npr_pyrandom_expovariate(npr_pyrandom *r, double lambd, double *out, npr_error *err) {
  double lg;
  TRY(pyr_log(r->python, 1.0 - rnd(r), &lg, err));
  return pyr_div(r->python, -lg, lambd, out, err);
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
  TRY(pyr_div(r->python, 0.5, kappa, &s, err));
  TRY(pyr_sqrt(r->python, 1.0 + s * s, &sq, err));
  rr = s + sq;
  for (tries = 0;; tries++) {
    double u1, u2, d, ex;
    if (tries == MAX_TRIES) {
      return never_returns("vonmisesvariate", err);
    }
    u1 = rnd(r);
    TRY(pyr_cos(r->python, PY_PI * u1, &z, err));
    TRY(pyr_div(r->python, z, rr + z, &d, err));
    u2 = rnd(r);
    if (u2 < 1.0 - d * d) {
      break;
    }
    TRY(pyr_exp(r->python, d, &ex, err));
    if (u2 <= (1.0 - d) * ex) {
      break;
    }
  }
  TRY(pyr_div(r->python, 1.0, rr, &q, err));
  TRY(pyr_div(r->python, q + z, 1.0 + q * z, &f, err));
  TRY(pyr_acos(r->python, f, &ac, err));
  if (rnd(r) > 0.5) {
    TRY(pyr_mod(r->python, mu + ac, TWOPI, &theta, err));
  } else {
    TRY(pyr_mod(r->python, mu - ac, TWOPI, &theta, err));
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
    TRY(pyr_sqrt(r->python, 2.0 * alpha - 1.0, &ainv, err));
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
      TRY(pyr_div(r->python, u1, 1.0 - u1, &v, err));
      TRY(pyr_log(r->python, v, &lg, err));
      TRY(pyr_div(r->python, lg, ainv, &v, err));
      TRY(pyr_exp(r->python, v, &ex, err));
      x = alpha * ex;
      z = u1 * u1 * u2;
      rr = bbb + ccc * v - x;
      if (rr + SG_MAGICCONST - 4.5 * z >= 0.0) {
        *out = x * beta;
        return NPR_OK;
      }
      TRY(pyr_log(r->python, z, &lg, err));
      if (rr >= lg) {
        *out = x * beta;
        return NPR_OK;
      }
    }
  } else if (alpha == 1.0) {
    double lg;
    TRY(pyr_log(r->python, 1.0 - rnd(r), &lg, err));
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
      TRY(pyr_div(r->python, PY_E + alpha, PY_E, &b, err));
      p = b * u;
      if (p <= 1.0) {
        TRY(pyr_div(r->python, 1.0, alpha, &t, err));
        TRY(pyr_pow(r->python, p, t, &x, err));
      } else {
        TRY(pyr_div(r->python, b - p, alpha, &t, err));
        TRY(pyr_log(r->python, t, &x, err));
        x = -x;
      }
      u1 = rnd(r);
      if (p > 1.0) {
        TRY(pyr_pow(r->python, x, alpha - 1.0, &t, err));
        if (u1 <= t) {
          break;
        }
      } else {
        TRY(pyr_exp(r->python, -x, &t, err));
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
    return pyr_div(r->python, y, y + g, out, err);
  }
  *out = 0.0;
  return NPR_OK;
}

npr_status npr_pyrandom_paretovariate(npr_pyrandom *r, double alpha, double *out, npr_error *err) {
  double u = 1.0 - rnd(r), e;
  TRY(pyr_div(r->python, -1.0, alpha, &e, err));
  return pyr_pow(r->python, u, e, out, err);
}

npr_status npr_pyrandom_weibullvariate(npr_pyrandom *r, double alpha, double beta, double *out, npr_error *err) {
  double u = 1.0 - rnd(r), lg, e, p;
  TRY(pyr_log(r->python, u, &lg, err));
  TRY(pyr_div(r->python, 1.0, beta, &e, err));
  TRY(pyr_pow(r->python, -lg, e, &p, err));
  *out = alpha * p;
  return NPR_OK;
}

/* ---- binomialvariate (3.12+) ---------------------------------------------- */

/* Python's int from floor(x) of a double, for comparisons with n: k < 0,
 * k > n, or the exact value otherwise. */
static npr_status floor_to_count(double x, int64_t n, int *below, int *above, int64_t *k, npr_error *err) {
  double f = floor(x);
  if (isnan(f)) return npr_fail(err, NPR_VALUE_ERROR, "cannot convert float NaN to integer");
  if (isinf(f)) return npr_fail(err, NPR_OVERFLOW_ERROR, "cannot convert float infinity to integer");
  *below = f < 0;
  *above = !*below && (f >= 0x1p63 || (int64_t)f > n);
  *k = *below || *above ? 0 : (int64_t)f;
  return NPR_OK;
}

/* float(i) of a non-negative Python int held as uint64 (n - k + 1 can pass
 * INT64_MAX). */
static double as_float(uint64_t i) { return (double)i; }

static npr_status binomial_btrs(npr_pyrandom *r, int64_t n, double p, int64_t *out, npr_error *err) {
  npr_python py = r->python;
  double spq, b, a, c, vr, alpha = 0, lpq = 0, h = 0, u, us, v, t, lhs, g1, g2;
  int64_t m = 0, k = 0;
  int setup_complete = 0, below = 0, above = 0; /* set by floor_to_count before use; gcc -O3 cannot see it */
  TRY(pyr_sqrt(py, (double)n * p * (1.0 - p), &spq, err));
  b = 1.15 + 2.53 * spq;
  a = -0.0873 + 0.0248 * b + 0.01 * p;
  c = (double)n * p + 0.5;
  TRY(pyr_div(py, 4.2, b, &t, err));
  vr = 0.92 - t;
  for (;;) {
    u = rnd(r);
    u -= 0.5;
    us = 0.5 - fabs(u);
    TRY(pyr_div(py, 2.0 * a, us, &t, err));
    TRY(floor_to_count((t + b) * u + c, n, &below, &above, &k, err));
    if (below || above) continue;
    v = rnd(r);
    if (us >= 0.07 && v <= vr) {
      *out = k;
      return NPR_OK;
    }
    if (!setup_complete) {
      double q;
      int mb, ma;
      TRY(pyr_div(py, 5.1, b, &t, err));
      alpha = (2.83 + t) * spq;
      TRY(pyr_div(py, p, 1.0 - p, &q, err));
      TRY(pyr_log(py, q, &lpq, err));
      TRY(floor_to_count(as_float((uint64_t)n + 1) * p, INT64_MAX, &mb, &ma, &m, err));
      TRY(pyr_lgamma(py, as_float((uint64_t)m + 1), &g1, err));
      TRY(pyr_lgamma(py, as_float((uint64_t)n - (uint64_t)m + 1), &g2, err));
      h = g1 + g2;
      setup_complete = 1;
    }
    TRY(pyr_div(py, a, us * us, &t, err));
    TRY(pyr_div(py, alpha, t + b, &t, err));
    v *= t;
    TRY(pyr_log(py, v, &lhs, err));
    TRY(pyr_lgamma(py, as_float((uint64_t)k + 1), &g1, err));
    TRY(pyr_lgamma(py, as_float((uint64_t)n - (uint64_t)k + 1), &g2, err));
    if (lhs <= h - g1 - g2 + (double)(k - m) * lpq) {
      *out = k;
      return NPR_OK;
    }
  }
}

npr_status npr_pyrandom_binomialvariate(npr_pyrandom *r, int64_t n, double p, int64_t *out, npr_error *err) {
  npr_python py = r->python;
  if (py < NPR_PYTHON_3_12) {
    return npr_fail(err, NPR_ATTRIBUTE_ERROR, "'Random' object has no attribute 'binomialvariate'");
  }
  if (n < 0) return npr_fail(err, NPR_VALUE_ERROR, "n must be non-negative");
  if (p <= 0.0 || p >= 1.0) {
    if (p == 0.0) {
      *out = 0;
      return NPR_OK;
    }
    if (p == 1.0) {
      *out = n;
      return NPR_OK;
    }
    return npr_fail(err, NPR_VALUE_ERROR, "p must be in the range 0.0 <= p <= 1.0");
  }
  if (n == 1) {
    *out = rnd(r) < p;
    return NPR_OK;
  }
  if (p > 0.5) {
    int64_t x;
    TRY(npr_pyrandom_binomialvariate(r, n, 1.0 - p, &x, err));
    *out = n - x;
    return NPR_OK;
  }
  if ((double)n * p < 10.0) {
    /* count the geometric gaps between successes */
    uint64_t x = 0, y = 0;
    double c, l, q;
    TRY(pyr_log2(py, 1.0 - p, &c, err));
    if (c == 0.0) {
      *out = 0;
      return NPR_OK;
    }
    for (;;) {
      TRY(pyr_log2(py, rnd(r), &l, err));
      q = floor(l / c);
      y += (uint64_t)q + 1;
      if (y > (uint64_t)n) {
        *out = (int64_t)x;
        return NPR_OK;
      }
      x++;
    }
  }
  if (!((double)n * p >= 10.0 && p <= 0.5)) {
    /* random.py's assert, reached by a NaN p */
    return npr_fail(err, NPR_ASSERTION_ERROR, "%s", "");
  }
  return binomial_btrs(r, n, p, out, err);
}
