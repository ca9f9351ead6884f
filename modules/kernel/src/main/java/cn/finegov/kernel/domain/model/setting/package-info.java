/** Values of module settings that administrators changed on screen. */
package cn.finegov.kernel.domain.model.setting;
