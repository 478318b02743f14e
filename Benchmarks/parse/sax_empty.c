/* The floor for any libxml2-based parser: a SAX2 push parse (same options and feeding as
   citegraph: XML_PARSE_NONET, the file read in 256 KiB chunks, each handed to libxml2 in 64 KiB
   pieces) whose callbacks do nothing. Prints the number of <entry>
   start tags so the pass cannot be optimised away.
   cc -O2 sax_empty.c $(pkg-config --cflags --libs libxml-2.0) -o sax_empty */
#include <stdio.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/SAX2.h>

static long entries = 0;

static void start(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                  int nb_ns, const xmlChar **ns, int nb_attr, int nb_def, const xmlChar **attrs) {
    (void)ctx; (void)prefix; (void)uri; (void)nb_ns; (void)ns; (void)nb_attr; (void)nb_def; (void)attrs;
    if (localname[0] == 'e' && strcmp((const char *)localname, "entry") == 0) entries++;
}
static void end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri) {
    (void)ctx; (void)localname; (void)prefix; (void)uri;
}
static void characters(void *ctx, const xmlChar *ch, int len) { (void)ctx; (void)ch; (void)len; }

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: sax_empty FILE\n"); return 2; }
    FILE *f = fopen(argv[1], "rb");
    if (!f) { perror(argv[1]); return 2; }
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    xmlSAXVersion(&sax, 2);
    sax.startElementNs = start;
    sax.endElementNs = end;
    sax.characters = characters;
    sax.ignorableWhitespace = characters;
    sax.cdataBlock = characters;
    sax.startElement = NULL;
    sax.endElement = NULL;
    xmlParserCtxtPtr ctxt = xmlCreatePushParserCtxt(&sax, NULL, NULL, 0, argv[1]);
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET);
    static char buf[1 << 18];
    size_t n;
    int failed = 0;
    while (!failed && (n = fread(buf, 1, sizeof buf, f)) > 0) {
        for (size_t at = 0; at < n && !failed; at += 1 << 16) {
            size_t piece = n - at < (1 << 16) ? n - at : (1 << 16);
            failed = xmlParseChunk(ctxt, buf + at, (int)piece, 0) != 0;
        }
    }
    xmlParseChunk(ctxt, NULL, 0, 1);
    int ok = ctxt->wellFormed;
    if (ctxt->myDoc) xmlFreeDoc(ctxt->myDoc);
    xmlFreeParserCtxt(ctxt);
    fclose(f);
    printf("%ld\n", entries);
    return ok ? 0 : 1;
}
