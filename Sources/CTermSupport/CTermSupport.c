#define _GNU_SOURCE
#include "CTermSupport.h"
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <termios.h>
#include <time.h>
#include <ucontext.h>
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
    g_tty_fd = -1;   /* the screen is closed: a later crash has no alternate screen to leave */
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

/* ---- The password prompt ------------------------------------------------------------------ */

static const int secret_sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP };
#define N_SECRET (int)(sizeof secret_sigs / sizeof secret_sigs[0])
static struct sigaction g_secret_prev[N_SECRET];
static struct termios g_secret_saved, g_secret_quiet;
static volatile sig_atomic_t g_secret_fd = -1;
static char g_secret_prompt[256];
static size_t g_secret_prompt_len = 0;

static void put_all(int fd, const char *s, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0) { if (errno == EINTR) continue; return; }
        s += w; n -= (size_t)w;
    }
}

static void put_str(int fd, const char *s) { put_all(fd, s, strlen(s)); }

static void on_secret_signal(int sig) {
    int e = errno, fd = g_secret_fd;
    if (fd < 0) { errno = e; return; }
    if (sig == SIGTSTP) {
        /* Ctrl-Z: echo back on while stopped, off again (and the prompt again) on fg. */
        tcsetattr(fd, TCSANOW, &g_secret_saved);
        put_str(fd, "\n");
        ts_suspend_self();
        tcsetattr(fd, TCSAFLUSH, &g_secret_quiet);
        put_all(fd, g_secret_prompt, g_secret_prompt_len);
        errno = e;
        return;
    }
    /* TCSAFLUSH drops what was typed of the password, so the shell does not read it after us. */
    tcsetattr(fd, TCSAFLUSH, &g_secret_saved);
    put_str(fd, "\n");
    _exit(128 + sig);
}

static void secret_handlers(int install) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_secret_signal;
    sigfillset(&sa.sa_mask);
    for (int i = 0; i < N_SECRET; i++) {
        if (install) sigaction(secret_sigs[i], &sa, &g_secret_prev[i]);
        else sigaction(secret_sigs[i], &g_secret_prev[i], NULL);
    }
}

/* Reads up to a newline into buf (NUL-terminated, the newline and a trailing CR dropped). The rest
   of a line longer than buf is read and thrown away. Returns the length, -1 on end of input before
   anything was read or on a read error, -2 for a line too long. */
static ssize_t read_line(int fd, char *buf, size_t cap) {
    size_t n = 0;
    int too_long = 0, any = 0;
    char c;
    for (;;) {
        ssize_t r = read(fd, &c, 1);
        if (r < 0) {
            if (errno == EINTR) continue;
            ts_wipe(buf, cap);   /* a read error: nothing half-read is a password */
            return -1;
        }
        if (r == 0) break;
        any = 1;
        if (c == '\n') break;
        if (n + 1 < cap) buf[n++] = c; else too_long = 1;
    }
    c = 0;
    if (n > 0 && buf[n - 1] == '\r') n--;
    buf[n] = 0;
    if (too_long) { ts_wipe(buf, cap); return -2; }
    return any ? (ssize_t)n : -1;
}

ssize_t ts_read_secret(const char *prompt, char *buf, size_t cap) {
    if (cap == 0) return -1;
    buf[0] = 0;
    int fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return -1;
    if (tcgetattr(fd, &g_secret_saved)) { close(fd); return -1; }
    size_t plen = strlen(prompt);
    if (plen >= sizeof g_secret_prompt) plen = sizeof g_secret_prompt - 1;
    memcpy(g_secret_prompt, prompt, plen);
    g_secret_prompt_len = plen;
    g_secret_quiet = g_secret_saved;
    /* No echo; the line discipline still edits the line, and Ctrl-C, Ctrl-\\ and Ctrl-Z stay signals. */
    g_secret_quiet.c_lflag &= ~(tcflag_t)(ECHO | ECHOE | ECHOK);
    g_secret_quiet.c_lflag |= ICANON | ISIG | ECHONL;
    g_secret_fd = fd;
    secret_handlers(1);
    tcsetattr(fd, TCSAFLUSH, &g_secret_quiet);
    put_all(fd, g_secret_prompt, g_secret_prompt_len);
    ssize_t n = read_line(fd, buf, cap);
    tcsetattr(fd, TCSANOW, &g_secret_saved);
    if (n == -1) put_str(fd, "\n");   /* Ctrl-D: ECHONL did not end the line */
    g_secret_fd = -1;
    secret_handlers(0);
    close(fd);
    return n;
}

ssize_t ts_read_line_fd(int fd, char *buf, size_t cap) {
    if (cap == 0) return -1;
    return read_line(fd, buf, cap);
}

void ts_wipe(void *p, size_t n) { explicit_bzero(p, n); }

/* ---- Crashes ------------------------------------------------------------------------------- */

static volatile sig_atomic_t g_crashing = 0;
static volatile sig_atomic_t g_mouse_reporting = 0;

void ts_set_mouse_reporting(int on) { g_mouse_reporting = on ? 1 : 0; }
static int g_crash_installed = 0;
static int g_developer_backtrace = 0;

static const char *signal_name(int sig) {
    switch (sig) {
    case SIGILL: return "SIGILL";
    case SIGTRAP: return "SIGTRAP";
    case SIGSEGV: return "SIGSEGV";
    case SIGBUS: return "SIGBUS";
    case SIGFPE: return "SIGFPE";
    case SIGABRT: return "SIGABRT";
    default: return "a signal";
    }
}

static char *put_dec(char *p, unsigned long v, int width) {
    char tmp[24];
    int n = 0;
    do { tmp[n++] = (char)('0' + v % 10); v /= 10; } while (v && n < 24);
    while (n < width) tmp[n++] = '0';
    while (n) *p++ = tmp[--n];
    return p;
}

static char *put_hex(char *p, uintptr_t v) {
    static const char digits[] = "0123456789abcdef";
    char tmp[2 * sizeof v];
    int n = 0;
    do { tmp[n++] = digits[v & 15]; v >>= 4; } while (v);
    *p++ = '0'; *p++ = 'x';
    while (n) *p++ = tmp[--n];
    return p;
}

static char *put_text(char *p, const char *s) {
    while (*s) *p++ = *s++;
    return p;
}

/* UTC "YYYY-MM-DDTHH:MM:SSZ" without localtime (not async-signal-safe). */
static char *put_time(char *p, time_t t) {
    long days = (long)(t / 86400), secs = (long)(t % 86400);
    if (secs < 0) { secs += 86400; days--; }
    long z = days + 719468, era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097, yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400, doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2) y++;
    p = put_dec(p, (unsigned long)y, 4); *p++ = '-';
    p = put_dec(p, (unsigned long)m, 2); *p++ = '-';
    p = put_dec(p, (unsigned long)d, 2); *p++ = 'T';
    p = put_dec(p, (unsigned long)(secs / 3600), 2); *p++ = ':';
    p = put_dec(p, (unsigned long)(secs / 60 % 60), 2); *p++ = ':';
    p = put_dec(p, (unsigned long)(secs % 60), 2); *p++ = 'Z';
    return p;
}

static uintptr_t crash_pc(void *uc) {
    if (!uc) return 0;
    ucontext_t *u = (ucontext_t *)uc;
#if defined(__x86_64__)
    return (uintptr_t)u->uc_mcontext.gregs[REG_RIP];
#elif defined(__aarch64__)
    return (uintptr_t)u->uc_mcontext.pc;
#else
    (void)u;
    return 0;
#endif
}

/* "SIGSEGV (signal 11, address 0x0, pc 0x…)" or "SIGTERM (signal 15, sent by process N)". */
static char *put_crash(char *p, int sig, siginfo_t *info, void *uc) {
    p = put_text(p, signal_name(sig));
    p = put_text(p, " (signal ");
    p = put_dec(p, (unsigned long)sig, 1);
    if (info && info->si_code <= 0) {
        p = put_text(p, ", sent by process ");
        p = put_dec(p, (unsigned long)info->si_pid, 1);
    } else {
        if (info && (sig == SIGSEGV || sig == SIGBUS)) {
            p = put_text(p, ", address ");
            p = put_hex(p, (uintptr_t)info->si_addr);
        }
        p = put_text(p, ", pc ");
        p = put_hex(p, crash_pc(uc));
    }
    p = put_text(p, ")\n");
    return p;
}

static void on_crash(int sig, siginfo_t *info, void *uc) {
    static const char seq[] = "\033[0m\033[?1049l\033[?25h\r\n";
    if (__atomic_exchange_n(&g_crashing, 1, __ATOMIC_SEQ_CST)) {
        for (;;) pause();   /* another thread crashed first; it ends the process */
    }
    if (g_secret_fd >= 0) {   /* at the password prompt: its line ends before the sentence */
        tcsetattr(g_secret_fd, TCSAFLUSH, &g_secret_saved);
        put_str(g_secret_fd, "\n");
    }
    if (g_mouse_reporting) {
        static const char mouse_off[] = "\033[?1006l\033[?1000l";   /* SGRMouse.disable */
        put_all(STDOUT_FILENO, mouse_off, sizeof mouse_off - 1);
    }
    int screen = g_tty_fd >= 0;
    if (screen) {
        tcsetattr(g_tty_fd, TCSANOW, &g_saved);
        put_all(STDOUT_FILENO, seq, sizeof seq - 1);
    }
    char line[256], *p = line;
    if (g_crash_note_len) {
        /* The UI: stderr is pio.log; the terminal gets the one sentence naming it. */
        p = put_time(p, time(NULL));
        p = put_crash(put_text(p, " pio: stopped by "), sig, info, uc);
        put_all(STDERR_FILENO, line, (size_t)(p - line));
        put_all(STDOUT_FILENO, g_crash_note, g_crash_note_len);
    } else {
        p = put_crash(put_text(p, "pio stopped unexpectedly by "), sig, info, uc);
        put_all(STDERR_FILENO, line, (size_t)(p - line));
    }
    if (g_developer_backtrace) {
        for (int i = 0; i < N_CRASH; i++) if (crash_sigs[i] == sig) {
            sigaction(sig, &g_prev_crash[i], NULL); /* PIO_BACKTRACE=1: on to Swift's backtracer */
            if ((g_prev_crash[i].sa_flags & SA_SIGINFO) && g_prev_crash[i].sa_sigaction) {
                g_prev_crash[i].sa_sigaction(sig, info, uc);
                return;
            }
            if (g_prev_crash[i].sa_handler != SIG_DFL && g_prev_crash[i].sa_handler != SIG_IGN) {
                g_prev_crash[i].sa_handler(sig);
                return;
            }
            raise(sig);  /* the default action (a core file, if the limits allow one) */
            return;
        }
    }
    _exit(128 + sig);
}

int ts_install_crash_restore(void) {
    if (g_crash_installed) return 0;
    g_crash_installed = 1;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_crash;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    for (int i = 0; i < N_CRASH; i++) sigaction(crash_sigs[i], &sa, &g_prev_crash[i]);
    return 0;
}

int ts_thread_altstack(void) {
    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && !(current.ss_flags & SS_DISABLE)) return 0;
    size_t size = 64 * 1024;
    void *stack = malloc(size);   /* kept for the thread's life */
    if (!stack) return -1;
    stack_t ss = { .ss_sp = stack, .ss_flags = 0, .ss_size = size };
    return sigaltstack(&ss, NULL);
}

int ts_process_start(void) {
    const char *backtrace = getenv("PIO_BACKTRACE");
    g_developer_backtrace = backtrace && strcmp(backtrace, "1") == 0;
    if (!g_developer_backtrace) {
        /* No core file, no ptrace or /proc/PID/mem by other processes of the user: memory holds
           the password and the tokens. */
        prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
        struct rlimit core;
        if (getrlimit(RLIMIT_CORE, &core) == 0) { core.rlim_cur = 0; setrlimit(RLIMIT_CORE, &core); }
    }
    ts_thread_altstack();
    return ts_install_crash_restore();
}

int ts_is_dumpable(void) { return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0); }

/* ---- A signal as a readable byte (the debug builds' crash switch) ------------------------- */

static volatile sig_atomic_t g_signal_pipe_fd = -1;

static void on_piped_signal(int sig) {
    int e = errno;
    unsigned char b = (unsigned char)sig;
    if (g_signal_pipe_fd >= 0) (void)!write(g_signal_pipe_fd, &b, 1);
    errno = e;
}

int ts_signal_pipe(int sig) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC)) return -1;
    g_signal_pipe_fd = fds[1];
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_piped_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(sig, &sa, NULL);
    return fds[0];
}
