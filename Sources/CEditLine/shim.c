#include "CEditLine.h"

#include <errno.h>
#include <langinfo.h>
#include <limits.h>
#include <poll.h>
#include <wchar.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct {
    History *history;
    char *prompt;
    void *clientdata;
    FILE *in, *out, *err;
    int (*idle)(EditLine *);
    int idle_ms;
} coach_el_state;

static volatile sig_atomic_t interrupted = 0;

void coach_el_setup_locale(void) {
    setlocale(LC_CTYPE, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL || strcmp(codeset, "UTF-8") != 0) {
        setlocale(LC_CTYPE, "C.UTF-8");
    }
}

static char *prompt_function(EditLine *el) {
    coach_el_state *state = NULL;
    el_get(el, EL_CLIENTDATA, &state);
    return state && state->prompt ? state->prompt : "";
}

EditLine *coach_el_open(const char *program, int in_fd, int out_fd, int err_fd, void *clientdata) {
    coach_el_state *state = calloc(1, sizeof *state);
    if (!state) return NULL;
    state->in = fdopen(dup(in_fd), "r");
    state->out = fdopen(dup(out_fd), "w");
    state->err = fdopen(dup(err_fd), "w");
    if (!state->in || !state->out || !state->err) goto fail;
    setvbuf(state->out, NULL, _IONBF, 0);
    EditLine *el = el_init(program, state->in, state->out, state->err);
    if (!el) goto fail;
    state->clientdata = clientdata;
    state->prompt = strdup("");
    state->history = history_init();
    HistEvent ev;
    history(state->history, &ev, H_SETSIZE, 1000);
    history(state->history, &ev, H_SETUNIQUE, 1);
    el_set(el, EL_CLIENTDATA, state);
    el_set(el, EL_EDITOR, "emacs");
    el_set(el, EL_SIGNAL, 1);
    el_set(el, EL_PROMPT_ESC, prompt_function, '\1');
    el_set(el, EL_HIST, history, state->history);
    return el;
fail:
    if (state->in) fclose(state->in);
    if (state->out) fclose(state->out);
    if (state->err) fclose(state->err);
    free(state);
    return NULL;
}

static coach_el_state *state_of(EditLine *el) {
    coach_el_state *state = NULL;
    el_get(el, EL_CLIENTDATA, &state);
    return state;
}

void coach_el_close(EditLine *el) {
    coach_el_state *state = state_of(el);
    el_end(el);
    if (!state) return;
    history_end(state->history);
    free(state->prompt);
    fclose(state->in);
    fclose(state->out);
    fclose(state->err);
    free(state);
}

void coach_el_set_prompt(EditLine *el, const char *prompt) {
    coach_el_state *state = state_of(el);
    char *copy = strdup(prompt);
    if (!copy) return;
    free(state->prompt);
    state->prompt = copy;
}

void *coach_el_clientdata(EditLine *el) {
    return state_of(el)->clientdata;
}

int coach_el_bind_function(EditLine *el, const char *name, const char *help,
                           unsigned char (*function)(EditLine *, int), const char *key) {
    if (el_set(el, EL_ADDFN, name, help, function) != 0) return -1;
    return el_set(el, EL_BIND, key, name, NULL);
}

void coach_el_history_add(EditLine *el, const char *line) {
    HistEvent ev;
    history(state_of(el)->history, &ev, H_ENTER, line);
}

int coach_el_history_load(EditLine *el, const char *path) {
    HistEvent ev;
    return history(state_of(el)->history, &ev, H_LOAD, path);
}

int coach_el_history_save(EditLine *el, const char *path) {
    HistEvent ev;
    return history(state_of(el)->history, &ev, H_SAVE, path);
}

static void on_interrupt(int signo) {
    (void)signo;
    interrupted = 1;
}

void coach_el_install_interrupt_handler(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; /* no SA_RESTART: el_gets must return */
    sigaction(SIGINT, &action, NULL);
}

int coach_el_take_interrupt(void) {
    int was = interrupted;
    interrupted = 0;
    return was;
}

char *coach_el_text_before_cursor(EditLine *el) {
    const LineInfo *info = el_line(el);
    size_t length = (size_t)(info->cursor - info->buffer);
    char *text = malloc(length + 1);
    if (!text) return NULL;
    memcpy(text, info->buffer, length);
    text[length] = 0;
    return text;
}

const char *coach_el_gets(EditLine *el, int *count) {
    errno = 0;
    const char *line = el_gets(el, count);
    if (line == NULL && *count == 0 && (errno == EINTR || interrupted)) *count = -1;
    return line;
}

/* libedit's read function while an idle callback is set: waits for input with poll so the
 * callback can run between keys, then reads one UTF-8 character. A sequence that is not
 * UTF-8 is dropped byte by byte, as libedit's own reading does. */
static int idle_read(EditLine *el, wchar_t *wc) {
    coach_el_state *state = state_of(el);
    int fd = fileno(state->in);
    char bytes[MB_LEN_MAX];
    size_t have = 0;
    for (;;) {
        if (have == 0 && state->idle) {
            struct pollfd p = { fd, POLLIN, 0 };
            int ready = poll(&p, 1, state->idle_ms);
            if (ready == 0) {
                if (state->idle(el)) el_set(el, EL_REFRESH);
                continue;
            }
            if (ready < 0) {
                if (errno == EINTR && !interrupted) continue;
                return -1;
            }
        }
        ssize_t got = read(fd, bytes + have, 1);
        if (got == 0) return 0;
        if (got < 0) {
            if (errno == EINTR && !interrupted) continue;
            return -1;
        }
        have += 1;
        mbstate_t shift;
        memset(&shift, 0, sizeof shift);
        size_t used = mbrtowc(wc, bytes, have, &shift);
        if (used == (size_t)-2 && have < sizeof bytes) continue;
        if (used == (size_t)-1 || used == (size_t)-2) {
            have = 0;
            continue;
        }
        return 1;
    }
}

void coach_el_set_idle(EditLine *el, int (*idle)(EditLine *), int interval_ms) {
    coach_el_state *state = state_of(el);
    state->idle = idle;
    state->idle_ms = interval_ms > 0 ? interval_ms : 200;
    el_set(el, EL_GETCFN, idle ? idle_read : EL_BUILTIN_GETCFN);
}

void coach_el_redisplay(EditLine *el) {
    el_set(el, EL_REFRESH);
}
