/* A small C layer over libedit for Swift: libedit's el_set/history are variadic, which
 * Swift cannot call, and its stdin/stdout globals are not concurrency-safe in Swift 6. */
#ifndef CEDITLINE_H
#define CEDITLINE_H

#include <stdio.h>
#include <locale.h>
#include <histedit.h>

/* Sets LC_CTYPE from the environment, falling back to C.UTF-8 when that is not UTF-8:
 * without it libedit drops typed CJK and crashes on a non-ASCII prompt. */
void coach_el_setup_locale(void);

/* el_init on the given descriptors, emacs keys, signals handled, prompt from
 * coach_el_set_prompt, history attached. NULL on failure. */
EditLine *coach_el_open(const char *program, int in_fd, int out_fd, int err_fd, void *clientdata);
void coach_el_close(EditLine *el);

/* The prompt shown by el_gets; copied. Bytes between two \1 are not counted as printed
 * (colour escapes). */
void coach_el_set_prompt(EditLine *el, const char *prompt);

void *coach_el_clientdata(EditLine *el);

/* Binds a key sequence (e.g. "^I") to a named function implemented in Swift. */
int coach_el_bind_function(EditLine *el, const char *name, const char *help,
                           unsigned char (*function)(EditLine *, int), const char *key);

/* History: add, load and save a file, size. */
void coach_el_history_add(EditLine *el, const char *line);
int coach_el_history_load(EditLine *el, const char *path);
int coach_el_history_save(EditLine *el, const char *path);

/* A SIGINT handler without SA_RESTART that only sets a flag, so el_gets returns with
 * EINTR and the session survives Ctrl-C. coach_el_take_interrupt reads and clears it. */
void coach_el_install_interrupt_handler(void);
int coach_el_take_interrupt(void);

/* The text before the cursor (caller frees) and the number of characters after it. */
char *coach_el_text_before_cursor(EditLine *el);

/* Reads one line; returns NULL at end of input (*count == 0) or on interrupt (*count < 0). */
const char *coach_el_gets(EditLine *el, int *count);

/* While a line is being typed, call `idle` every `interval_ms` of no input; when it returns
 * non-zero (it printed something above the line), the prompt and line are drawn again.
 * NULL restores libedit's own reading. */
void coach_el_set_idle(EditLine *el, int (*idle)(EditLine *), int interval_ms);

/* Redraws the prompt and line after text was printed below it. */
void coach_el_redisplay(EditLine *el);

#endif
