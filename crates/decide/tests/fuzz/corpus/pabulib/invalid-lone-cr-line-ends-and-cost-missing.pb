META
key;value
budget;10
comment;"old Macline ends"PROJECTSproject_id;costp;