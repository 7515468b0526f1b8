#pragma once

/* C interface of libsonara_sentencepiece, our small shared library around libsentencepiece.
 *
 * Debian's libsentencepiece exports the protobuf-lite it embeds. Linked into a program that also
 * loads libtorch's libprotobuf, its copies win symbol resolution during libprotobuf's static
 * initialisation and the program crashes before main(). The T5 tokenizer therefore never links
 * libsentencepiece: it loads this library at run time with dlopen(RTLD_LOCAL | RTLD_DEEPBIND), so
 * libsentencepiece resolves protobuf within itself and libtorch's protobuf never sees it.
 * RTLD_LOCAL alone is not enough: libsentencepiece then binds to the already loaded libprotobuf
 * 3.21 and aborts in its version check (it embeds 3.14). Only plain C types cross this
 * boundary, and no exception does. */

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Bumped whenever a signature below changes; the loader refuses a library of another version. */
#define SONARA_SPM_ABI_VERSION 1

typedef struct SonaraSpm SonaraSpm;

int sonara_spm_abi_version(void);

/* Loads a SentencePiece model file. NULL on failure, with a message in error[errorSize]. */
SonaraSpm* sonara_spm_open(const char* modelPath, char* error, size_t errorSize);
void sonara_spm_close(SonaraSpm* spm);

int32_t sonara_spm_piece_to_id(const SonaraSpm* spm, const char* piece);
int32_t sonara_spm_unk_id(const SonaraSpm* spm);
int32_t sonara_spm_piece_count(const SonaraSpm* spm);

/* Encodes text[0, length) into piece ids. Returns how many ids the text has; only the first
 * capacity of them are written, so a result above capacity asks for a larger buffer. -1 on
 * failure, with a message in error[errorSize]. */
int64_t sonara_spm_encode(const SonaraSpm* spm, const char* text, size_t length, int32_t* ids,
                          size_t capacity, char* error, size_t errorSize);

#ifdef __cplusplus
}
#endif
