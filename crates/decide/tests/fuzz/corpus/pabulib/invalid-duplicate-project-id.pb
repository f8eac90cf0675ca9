META
key;value
budget;10
PROJECTS
project_id;cost
1;5
1;6
