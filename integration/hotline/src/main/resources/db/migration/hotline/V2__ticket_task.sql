-- A ticket routed to an immediate task of the planning module keeps the task's number (the lineage link
-- ticket → task is the kernel's; this is the ticket's own record of where it went).
alter table hln_ticket add column task_number varchar(20);
create index hln_ticket_task_ix on hln_ticket (task_number);
