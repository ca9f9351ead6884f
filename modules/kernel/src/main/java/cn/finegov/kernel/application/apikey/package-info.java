/** API keys of external systems: issued, listed and revoked by the security administrator. */
package cn.finegov.kernel.application.apikey;
