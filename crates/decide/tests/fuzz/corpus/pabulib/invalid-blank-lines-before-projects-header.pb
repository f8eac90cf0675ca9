META
key;value
budget;10
PROJECTS


project_id;name
p;park
