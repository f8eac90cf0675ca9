META
key;value
description;Two parks, one library
country;Nowhere
unit;Test district
instance;2024
num_projects;3
num_votes;3
budget;100
vote_type;approval
rule;greedy
PROJECTS
project_id;cost;name;category
1;60;Park;green
2;50;Library;culture
3;0;Free bench;none
VOTES
voter_id;vote;age;sex
v1;1;34;F
v2;1,2;none;
v3;;;M
