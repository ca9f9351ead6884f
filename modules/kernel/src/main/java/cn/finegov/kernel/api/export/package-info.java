/** Excel exports with a stable column layout, shared by every module's lists. */
package cn.finegov.kernel.api.export;
