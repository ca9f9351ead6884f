package cn.finegov.kernel.application.apikey;

/**
 * A key just issued, with its secret: shown once, never again.
 *
 * @param key the key
 * @param secret the whole key to give to the external system ({@code fgk_<prefix>_<secret>})
 */
public record IssuedApiKey(ApiKeyView key, String secret) {}
