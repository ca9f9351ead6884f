/** Keys with which external systems call the REST API. */
package cn.finegov.kernel.domain.model.apikey;
