/** The oversight's queries on the module's tables and its record of notices sent (pln_reminder). */
package cn.finegov.planning.infrastructure.oversight;
