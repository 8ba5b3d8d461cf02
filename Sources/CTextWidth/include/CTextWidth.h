#ifndef CTEXTWIDTH_H
#define CTEXTWIDTH_H
/* Terminal column width of one Unicode scalar (wcwidth under a UTF-8 locale,
   whatever the process locale is): -1 for non-printable, 0, 1 or 2. */
int ctw_scalar_width(unsigned int scalar);
#endif
