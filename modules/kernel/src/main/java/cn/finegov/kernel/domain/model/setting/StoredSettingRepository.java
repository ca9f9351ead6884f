package cn.finegov.kernel.domain.model.setting;

import java.util.List;
import java.util.Optional;

/** Stores the settings changed on screen. */
public interface StoredSettingRepository {

  List<StoredSetting> all();

  Optional<StoredSetting> find(String moduleKey, String settingKey);

  void store(StoredSetting setting);

  void delete(StoredSetting setting);
}
