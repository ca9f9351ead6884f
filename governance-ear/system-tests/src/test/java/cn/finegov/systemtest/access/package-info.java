/** System tests of access control: unit scoping, 三员分立, password policy, API keys, LDAP. */
package cn.finegov.systemtest.access;
