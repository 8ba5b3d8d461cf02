#define _GNU_SOURCE
#include "CTermSupport.h"
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static volatile sig_atomic_t g_wake_fd = -1;
static struct sigaction g_prev_winch;
static struct termios g_saved;
static int g_tty_fd = -1;
static const int crash_sigs[] = { SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT };
#define N_CRASH (int)(sizeof crash_sigs / sizeof crash_sigs[0])
static struct sigaction g_prev_crash[N_CRASH];
static char g_crash_note[512];
static size_t g_crash_note_len = 0;

void ts_set_crash_note(const char *note) {
    size_t n = strlen(note);
    if (n >= sizeof g_crash_note) n = sizeof g_crash_note - 1;
    memcpy(g_crash_note, note, n);
    g_crash_note[n] = 0;
    g_crash_note_len = n;
}

int ts_save_tty(int fd) {
    if (tcgetattr(fd, &g_saved)) return -1;
    g_tty_fd = fd;
    return 0;
}

void ts_restore_tty(void) {
    if (g_tty_fd >= 0) tcsetattr(g_tty_fd, TCSANOW, &g_saved);
}

static void on_wake_signal(int sig) {
    int e = errno;
    if (sig == SIGWINCH && !(g_prev_winch.sa_flags & SA_SIGINFO) &&
        g_prev_winch.sa_handler != SIG_DFL && g_prev_winch.sa_handler != SIG_IGN)
        g_prev_winch.sa_handler(sig); /* ncurses sets its resize flag -> KEY_RESIZE */
    unsigned char b = (unsigned char)sig;
    if (g_wake_fd >= 0) (void)!write(g_wake_fd, &b, 1);
    errno = e;
}

int ts_install_wake_signals(int wake_fd) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_wake_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    g_wake_fd = wake_fd;
    sigaction(SIGWINCH, &sa, &g_prev_winch);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sigaction(SIGQUIT, &sa, NULL);
    sigaction(SIGTSTP, &sa, NULL);
    sigaction(SIGCONT, &sa, NULL);
    return 0;
}

int ts_ignore_sigpipe(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_IGN;
    return sigaction(SIGPIPE, &sa, NULL);
}

void ts_suspend_self(void) {
    struct sigaction dfl, prev;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(SIGTSTP, &dfl, &prev);
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &set, &old);
    raise(SIGTSTP);               /* stops here until SIGCONT */
    sigprocmask(SIG_SETMASK, &old, NULL);
    sigaction(SIGTSTP, &prev, NULL);
}

static void on_crash(int sig, siginfo_t *info, void *uc) {
    static const char seq[] = "\033[0m\033[?1049l\033[?25h\r\n";
    if (g_tty_fd >= 0) tcsetattr(g_tty_fd, TCSANOW, &g_saved);
    (void)!write(STDOUT_FILENO, seq, sizeof seq - 1);
    if (g_crash_note_len) (void)!write(STDOUT_FILENO, g_crash_note, g_crash_note_len);
    for (int i = 0; i < N_CRASH; i++) if (crash_sigs[i] == sig) {
        sigaction(sig, &g_prev_crash[i], NULL); /* hand back to Swift's backtracer */
        if ((g_prev_crash[i].sa_flags & SA_SIGINFO) && g_prev_crash[i].sa_sigaction) {
            g_prev_crash[i].sa_sigaction(sig, info, uc);
            return;
        }
        if (g_prev_crash[i].sa_handler != SIG_DFL && g_prev_crash[i].sa_handler != SIG_IGN) {
            g_prev_crash[i].sa_handler(sig);
            return;
        }
    }
    if (info && info->si_code <= 0) raise(sig); /* otherwise returning re-faults into SIG_DFL */
}

int ts_install_crash_restore(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_crash;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    for (int i = 0; i < N_CRASH; i++) sigaction(crash_sigs[i], &sa, &g_prev_crash[i]);
    return 0;
}
