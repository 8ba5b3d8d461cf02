#ifndef CYAML_SHIM_H
#define CYAML_SHIM_H
/* libyaml (Debian libyaml-dev): only its event parser is used, by PortalConfig's YAMLDocument. */
#include <yaml.h>
#endif
