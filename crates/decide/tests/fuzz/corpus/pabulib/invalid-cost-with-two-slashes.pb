META
key;value
budget;10
PROJECTS
project_id;cost
p;8/4/2
