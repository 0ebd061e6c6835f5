"""The demo event: a replay of the EU–Canada Cluster Matchmaking Event 2019 as an event file."""
