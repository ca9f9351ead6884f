/** The staff screens of annual plans: the list with the new-plan dialog and a plan's page. */
package cn.finegov.planning.interfaces.web.plan;
