package cn.finegov.kernel.domain.model.user;

import cn.finegov.kernel.api.security.Scope;
import java.util.List;
import java.util.Optional;

/** Stores and finds user accounts. */
public interface UserAccountRepository {

  Optional<UserAccount> find(long id);

  Optional<UserAccount> findByUsername(Username username);

  UserAccount store(UserAccount user);

  /**
   * A page of accounts of units inside the scope matching the filter, ordered by the filter's sort.
   */
  List<UserAccount> search(UserQuery query, Scope scope, int first, int pageSize);

  long count(UserQuery query, Scope scope);

  long countAll();
}
