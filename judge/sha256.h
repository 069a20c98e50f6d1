/*
 * sha256.h: SHA-256 (FIPS 180-4), for content-addressed caches.
 */
#ifndef JUDGE_SHA256_H
#define JUDGE_SHA256_H

#include <stddef.h>
#include <stdint.h>

struct sha256 {
	uint32_t state[8];
	uint64_t bytes;
	unsigned char block[64];
	size_t used;
};

void sha256_init(struct sha256 *h);
void sha256_update(struct sha256 *h, const void *data, size_t len);
/* Writes 64 lowercase hex digits and a NUL to hex. */
void sha256_hex(struct sha256 *h, char hex[65]);

#endif
