// Definitions inside pio of the two glibc functions whose symbol versions would otherwise raise the
// release binary's floor past glibc 2.34 (hypotf.c, dl_find_object.c; Tests/dist/check_binary.py).
#ifndef PIO_GLIBC_FLOOR_H
#define PIO_GLIBC_FLOOR_H
struct dl_find_object;
float hypotf(float x, float y);
int _dl_find_object(void *address, struct dl_find_object *result);
#endif
