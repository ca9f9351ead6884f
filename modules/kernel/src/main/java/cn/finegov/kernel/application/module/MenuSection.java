package cn.finegov.kernel.application.module;

import cn.finegov.kernel.api.module.MenuEntry;
import java.util.List;

/**
 * The menu section of one module, holding only the entries the user may see.
 *
 * @param moduleKey the module
 * @param nameKey bundle key of the section title
 * @param entries visible entries in order
 */
public record MenuSection(String moduleKey, String nameKey, List<MenuEntry> entries) {}
