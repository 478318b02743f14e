#ifndef CITEGRAPH_CLIBXML2_SHIM_H
#define CITEGRAPH_CLIBXML2_SHIM_H
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlreader.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#endif
