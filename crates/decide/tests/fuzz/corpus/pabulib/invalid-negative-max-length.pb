META
key;value
budget;10
max_length;-1
PROJECTS
project_id;cost
1;5
