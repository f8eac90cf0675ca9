META
key;value
budget;100,5
vote_type;cumulative
max_length;2
min_points;0
max_sum_points;10
PROJECTS
project_id;cost;name
1;50;"Park; ""green"""
2;60,25;b
VOTES
voter_id;vote;points
v1;1,2,1;3,4,5
v2;;
v3;2;7
