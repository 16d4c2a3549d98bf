CREATE TABLE "Probe" (id integer PRIMARY KEY);
