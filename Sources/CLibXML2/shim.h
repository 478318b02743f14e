#ifndef CITEGRAPH_CLIBXML2_SHIM_H
#define CITEGRAPH_CLIBXML2_SHIM_H
/* Debian builds libxml2 with ICU; its <unicode/*.h> clash with Foundation's bundled ICU module.
   Only encoding.h's converter structs depend on it, which citegraph never touches. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlreader.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#endif
