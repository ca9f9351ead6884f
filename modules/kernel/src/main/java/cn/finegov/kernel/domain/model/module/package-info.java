/** Run-time state of installed modules: switched on or off by an administrator. */
package cn.finegov.kernel.domain.model.module;
