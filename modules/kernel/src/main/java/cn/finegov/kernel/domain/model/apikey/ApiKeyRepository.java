package cn.finegov.kernel.domain.model.apikey;

import java.util.List;
import java.util.Optional;

/** Stores and finds API keys. */
public interface ApiKeyRepository {

  Optional<ApiKey> find(long id);

  Optional<ApiKey> findByPrefix(String prefix);

  /** All keys, newest first. */
  List<ApiKey> all();

  ApiKey store(ApiKey key);

  /**
   * Writes the key's last use (after {@link ApiKey#recordUse}) and nothing else, without the
   * version check: requests that present the same key at the same moment must not fail each other.
   * The key is not written otherwise in this transaction.
   */
  void storeUse(ApiKey key);
}
