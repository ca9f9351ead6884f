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
}
