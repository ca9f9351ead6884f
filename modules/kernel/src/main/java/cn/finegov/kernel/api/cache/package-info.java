/** Short-lived caches of reference data, forgotten when this server changes it. */
package cn.finegov.kernel.api.cache;
