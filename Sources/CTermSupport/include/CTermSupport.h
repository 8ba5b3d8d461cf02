#ifndef CTERMSUPPORT_H
#define CTERMSUPPORT_H
/* Signal handling in C: Swift code is not async-signal-safe. */
int ts_save_tty(int fd);
void ts_restore_tty(void);
int ts_install_wake_signals(int wake_fd);
int ts_install_crash_restore(void);
int ts_ignore_sigpipe(void);
/* Ctrl-Z: restores default SIGTSTP, stops the process, and reinstalls the handler on SIGCONT. */
void ts_suspend_self(void);
/* A line the crash handler prints after restoring the terminal (e.g. where the log is). */
void ts_set_crash_note(const char *note);
#endif
