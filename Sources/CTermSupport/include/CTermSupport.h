#ifndef CTERMSUPPORT_H
#define CTERMSUPPORT_H
#include <sys/types.h>
/* Signal handling in C: Swift code is not async-signal-safe. */
int ts_save_tty(int fd);
/* Restores the modes saved by ts_save_tty and forgets them (the screen is closed). */
void ts_restore_tty(void);
int ts_install_wake_signals(int wake_fd);
/* SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT: restore the terminal, write one line to stderr
   (pio.log while the UI runs) and the crash note to the terminal, and _exit(128 + N). With
   PIO_BACKTRACE=1 the previous handler (Swift's backtracer) runs instead of the _exit. Installed
   once; later calls do nothing. */
int ts_install_crash_restore(void);
int ts_ignore_sigpipe(void);
/* Ctrl-Z: restores default SIGTSTP, stops the process, and reinstalls the handler on SIGCONT. */
void ts_suspend_self(void);
/* 1 while the terminal reports the mouse (Screen turned it on): the crash handler then turns it off. */
void ts_set_mouse_reporting(int on);
/* A line the crash handler prints after restoring the terminal (e.g. where the log is). */
void ts_set_crash_note(const char *note);

/* First thing in main, after the Swift runtime has installed its own handlers: unless
   PIO_BACKTRACE=1, the process is made non-dumpable (no core file, no ptrace or /proc/PID/mem by
   the user's other processes) and the core size limit 0; an alternate signal stack for this
   thread; the crash handlers. */
int ts_process_start(void);
/* 1 when the process is dumpable (prctl PR_GET_DUMPABLE). */
int ts_is_dumpable(void);
/* An alternate signal stack for the calling thread (for a crash by stack overflow). */
int ts_thread_altstack(void);

/* Reads one line from /dev/tty without echo after writing prompt there. Ctrl-C, SIGTERM, SIGHUP
   and SIGQUIT restore the terminal modes (dropping what was typed) and _exit(128 + N); Ctrl-Z
   restores them while stopped. Returns the length (buf NUL-terminated), -1 without a terminal or
   at end of input, -2 for a line longer than cap - 1. */
ssize_t ts_read_secret(const char *prompt, char *buf, size_t cap);
/* One line from fd with read(2) (no stdio buffer keeps a copy); same results as ts_read_secret. */
ssize_t ts_read_line_fd(int fd, char *buf, size_t cap);
/* Every `sig` writes one byte to a pipe; returns the pipe's read end (-1 on failure). */
int ts_signal_pipe(int sig);
/* explicit_bzero: zeroes memory the compiler may not skip. */
void ts_wipe(void *p, size_t n);
#endif
