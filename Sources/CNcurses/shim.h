#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H
/* SwiftPM drops pkg-config's -D flags, so the wide-char API is enabled here. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif

/* glibc declares wcwidth only under __USE_XOPEN; Swift's Glibc module lacks it. */
extern int wcwidth(wchar_t c);
static inline int cn_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

/* Swift 6 rejects mutable C globals, so they are read through functions. */
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline const char *cn_codeset(void) { return nl_langinfo(CODESET); }

/* Macros Swift cannot import. */
static inline attr_t cn_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }
static inline int cn_key_f(int n) { return KEY_F(n); }
static const attr_t CN_A_NORMAL = A_NORMAL, CN_A_BOLD = A_BOLD, CN_A_DIM = A_DIM,
    CN_A_REVERSE = A_REVERSE, CN_A_UNDERLINE = A_UNDERLINE, CN_A_STANDOUT = A_STANDOUT;
#endif
