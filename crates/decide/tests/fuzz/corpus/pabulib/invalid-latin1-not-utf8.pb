META
key;value
budget;10
PROJECTS
project_id;cost;name
1;5;Café
