META
key;value
budget;1e400
PROJECTS
project_id;cost
1;5
