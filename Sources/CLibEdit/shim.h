#include <locale.h>
#include <histedit.h>
