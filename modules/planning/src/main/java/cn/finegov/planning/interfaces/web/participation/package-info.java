/**
 * Screens of public participation and evaluation: solicitation rounds and the evaluation of their
 * proposals, public opinions with overdue ones flagged, satisfaction evaluation rounds, and the
 * public results page.
 */
package cn.finegov.planning.interfaces.web.participation;
