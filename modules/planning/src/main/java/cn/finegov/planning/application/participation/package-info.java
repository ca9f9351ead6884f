/**
 * Use cases of public participation and evaluation: solicitation rounds and the evaluation of their
 * proposals (an adopted one becomes a task through the task service, linked both ways), public
 * opinions with their answer deadline, and the yearly satisfaction evaluation with its public
 * results. Every change is audited in its transaction; contacts leave only masked, unless asked for
 * with the contact permission (audited).
 */
package cn.finegov.planning.application.participation;
