-- A warning's row is the record of its raising (decision 0035): the RAISED events stored beside it until now say
-- nothing the row does not (raised_on, run_id, the system as the one who raised it) and are read from the row.
delete from warning_event where action = 'RAISED';
