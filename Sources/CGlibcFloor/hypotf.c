// pio's own hypotf, so the release binary does not ask for hypotf@GLIBC_2.35: the static Swift
// runtime calls hypotf, and glibc 2.35 gave it a new symbol version, which would keep pio from
// starting on glibc 2.34 (RHEL 9). A definition in the executable satisfies the runtime's reference;
// it calls only sqrt (GLIBC_2.2.5). Float operands are exact in double and their squares cannot
// overflow there, so this is correctly rounded up to the final float rounding.
// Tests/dist/check_binary.py checks the floor of the release binary.
#include <math.h>
#include "glibc_floor.h"

float hypotf(float x, float y) {
    if (isinf(x) || isinf(y)) return INFINITY;   // also when the other operand is NaN (C99 F.10.4.3)
    if (isnan(x) || isnan(y)) return NAN;
    double dx = x, dy = y;
    return (float)sqrt(dx * dx + dy * dy);
}
